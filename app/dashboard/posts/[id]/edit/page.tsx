import type { Metadata } from "next";

import { updatePostAction } from "@/actions/posts";
import { PageHeader } from "@/components/layout/page-header";
import { PostForm } from "@/components/posts/post-form";
import { Card, CardContent } from "@/components/ui/card";
import { getMyPost } from "@/data/posts";
import { segmentOrNotFound } from "@/lib/route-segment";
import { idSegment } from "@/lib/validations/fields";

export const metadata: Metadata = { title: "Edit post" };

export default async function EditPostPage({ params }: PageProps<"/dashboard/posts/[id]/edit">) {
  const post = await getMyPost(segmentOrNotFound((await params).id, idSegment));
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
