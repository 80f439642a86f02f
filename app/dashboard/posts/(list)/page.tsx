import type { Metadata } from "next";
import Link from "next/link";

import { Notice } from "@/components/layout/notice";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { PostList } from "@/components/posts/post-list";
import { getMyPosts } from "@/data/posts";
import { noticeFor } from "@/lib/notices";
import { readPageRequest } from "@/lib/validations/pagination";

export const metadata: Metadata = { title: "Your posts" };

export default async function PostsPage({ searchParams }: PageProps<"/dashboard/posts">) {
  const params = await searchParams;
  const posts = await getMyPosts(readPageRequest(params));
  return (
    <>
      <div className="page-heading">
        <h1>Your posts</h1>
        <Link href="/dashboard/posts/new" className="button">
          Write a post
        </Link>
      </div>
      <Notice message={noticeFor(params.done)} />
      <SectionContent section={posts} what="Your posts">
        {(posts) => (
          <>
            {posts.items.length > 0 ? (
              <PostList posts={posts.items} editable />
            ) : (
              <p className="empty">
                {posts.total > 0 ? "There are no posts on this page." : "You have not written any posts yet."}
              </p>
            )}
            <PaginationNav page={posts} basePath="/dashboard/posts" noun={{ one: "post", many: "posts" }} />
          </>
        )}
      </SectionContent>
    </>
  );
}
