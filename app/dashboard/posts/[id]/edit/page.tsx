import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { updatePostAction } from "@/actions/posts";
import { PageHeader } from "@/components/layout/page-header";
import { PostForm } from "@/components/posts/post-form";
import { Card, CardContent } from "@/components/ui/card";
import { getMyPost } from "@/data/posts";
import { idField } from "@/lib/validations/fields";

export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: PageProps<"/dashboard/posts/[id]/edit">) {
  const id = idField.safeParse(Number((await params).id));
  if (!id.success) notFound();
  const post = await getMyPost(id.data);
  return (
    <>
      <PageHeader title="Edit post" />
      <Card className="max-w-2xl">
        <CardContent>
          <PostForm
            action={updatePostAction.bind(null, post.id)}
            defaultValues={{ title: post.title, text: post.text, mediaUrl: post.mediaUrl ?? "" }}
            submitLabel="Save post"
          />
        </CardContent>
      </Card>
    </>
  );
}
