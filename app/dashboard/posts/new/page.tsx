import type { Metadata } from "next";

import { createPostAction } from "@/actions/posts";
import { PostForm } from "@/components/posts/post-form";
import { requireConfirmedSession } from "@/data/current-user";

export const metadata: Metadata = { title: "Write a post" };

export default async function NewPostPage() {
  await requireConfirmedSession();
  return (
    <>
      <h1>Write a post</h1>
      <PostForm action={createPostAction} submitLabel="Publish post" />
    </>
  );
}
