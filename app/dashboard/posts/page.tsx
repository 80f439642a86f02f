import { FileText, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";

import { EmptyState } from "@/components/layout/empty-state";
import { Notice } from "@/components/layout/notice";
import { PageHeader } from "@/components/layout/page-header";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { PostList } from "@/components/posts/post-list";
import { Button } from "@/components/ui/button";
import { getMyPosts } from "@/data/posts";
import { noticeFor } from "@/lib/notices";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Your posts" };

export default async function PostsPage({ searchParams }: PageProps<"/dashboard/posts">) {
  const params = await searchParams;
  const posts = await getMyPosts(readPageRequest(params));
  return (
    <>
      <PageHeader
        title="Your posts"
        description="What you have written, newest first."
        actions={
          <Button asChild>
            <Link href="/dashboard/posts/new">
              <Plus aria-hidden="true" />
              Write a post
            </Link>
          </Button>
        }
      />
      <Notice message={noticeFor(params.done)} />
      <SectionContent section={posts} what="Your posts">
        {(posts) => (
          <>
            {posts.items.length > 0 ? (
              <PostList posts={posts.items} editable />
            ) : posts.total > 0 ? (
              <EmptyState icon={FileText} title="There are no posts on this page." />
            ) : (
              <EmptyState
                icon={FileText}
                title="You have not written any posts yet."
                description="Your posts appear here, and on your page in the user directory."
                action={
                  <Button asChild variant="outline">
                    <Link href="/dashboard/posts/new">Write your first post</Link>
                  </Button>
                }
              />
            )}
            <PaginationNav page={posts} basePath="/dashboard/posts" noun={{ one: "post", many: "posts" }} />
          </>
        )}
      </SectionContent>
    </>
  );
}
