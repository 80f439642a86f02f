import type { Metadata } from "next";

import { Notice } from "@/components/layout/notice";
import { PageHeader } from "@/components/layout/page-header";
import { DeleteAccountForm } from "@/components/profile/delete-account-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { currentUser, viewerForPage } from "@/data/request";
import { noticeFor } from "@/lib/notices";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage({ searchParams }: PageProps<"/dashboard/profile">) {
  const [current, viewer] = await Promise.all([currentUser(), viewerForPage()]);
  if (current.status !== "ok") return null;
  const { user } = current;
  const asksPassword = viewer.signInMethod === "password";
  const { done } = await searchParams;
  return (
    <>
      <PageHeader title="Your profile" description="How others see you, and how you sign in." />
      <Notice message={noticeFor(done)} />
      <Card className="max-w-2xl">
        <CardContent>
          <ProfileForm
            defaultValues={{
              name: user.name,
              username: user.username,
              email: user.email,
              imageUrl: user.imageUrl,
            }}
            asksPassword={asksPassword}
          />
        </CardContent>
      </Card>
      <Card asChild className="max-w-2xl border-destructive/40">
        <section aria-labelledby="delete-account-heading">
          <CardHeader>
            <CardTitle className="text-destructive">
              <h2 id="delete-account-heading">Delete your account</h2>
            </CardTitle>
            <CardDescription>
              Your account is closed everywhere and you are signed out. Your username and e-mail stay
              reserved, so they cannot be used for a new account.
            </CardDescription>
          </CardHeader>
          <CardContent>
            <DeleteAccountForm username={user.username} asksPassword={asksPassword} />
          </CardContent>
        </section>
      </Card>
    </>
  );
}
