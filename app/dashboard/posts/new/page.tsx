import type { Metadata } from "next";

import { createPostAction } from "@/actions/posts";
import { PageHeader } from "@/components/layout/page-header";
import { PostForm } from "@/components/posts/post-form";
import { Card, CardContent } from "@/components/ui/card";
import { viewerForPage } from "@/data/request";

export const metadata: Metadata = { title: "Write a post" };

export default async function NewPostPage() {
  await viewerForPage();
  return (
    <>
      <PageHeader title="Write a post" />
      <Card className="max-w-2xl">
        <CardContent>
          <PostForm action={createPostAction} submitLabel="Publish post" />
        </CardContent>
      </Card>
    </>
  );
}
