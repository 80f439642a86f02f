import type { Metadata } from "next";

import { Notice } from "@/components/layout/notice";
import { DeleteAccountForm } from "@/components/profile/delete-account-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { confirmCurrentUser } from "@/data/current-user";
import { noticeFor } from "@/lib/notices";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage({ searchParams }: PageProps<"/dashboard/profile">) {
  const current = await confirmCurrentUser();
  if (current.status !== "ok") return null;
  const { user } = current;
  const { done } = await searchParams;
  return (
    <>
      <h1>Your profile</h1>
      <Notice message={noticeFor(done)} />
      <ProfileForm
        defaultValues={{
          name: user.name,
          username: user.username,
          email: user.email,
          imageUrl: user.imageUrl,
        }}
      />
      <section className="danger-zone" aria-labelledby="delete-account-heading">
        <h2 id="delete-account-heading">Delete your account</h2>
        <p>
          Your account is closed everywhere and you are signed out. Your username and e-mail stay reserved, so
          they cannot be used for a new account.
        </p>
        <DeleteAccountForm username={user.username} />
      </section>
    </>
  );
}
