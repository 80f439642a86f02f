import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { PaginationNav } from "@/components/layout/pagination-nav";
import { SectionContent } from "@/components/layout/section-unavailable";
import { PostList } from "@/components/posts/post-list";
import { getPostsBy } from "@/data/posts";
import { getUserProfile } from "@/data/users";
import { usernameField } from "@/lib/validations/fields";
import { readPageRequest } from "@/lib/validations/pagination";

/** Only a well-formed username is worth asking FastAPI about; anything else is a 404 straight away. */
async function usernameFrom(params: Promise<{ username: string }>): Promise<string> {
  const username = usernameField.safeParse((await params).username);
  if (!username.success) notFound();
  return username.data;
}

export async function generateMetadata({
  params,
}: PageProps<"/dashboard/users/[username]">): Promise<Metadata> {
  return { title: `@${await usernameFrom(params)}` };
}

export default async function UserPage({ params, searchParams }: PageProps<"/dashboard/users/[username]">) {
  const username = await usernameFrom(params);
  const [user, posts] = await Promise.all([
    getUserProfile(username),
    getPostsBy(username, readPageRequest(await searchParams)),
  ]);
  return (
    <>
      <h1>{user.name}</h1>
      <p className="meta">@{user.username}</p>
      <h2>Posts</h2>
      <SectionContent section={posts} what={`@${user.username}’s posts`}>
        {(posts) => (
          <>
            {posts.items.length > 0 ? (
              <PostList posts={posts.items} />
            ) : (
              <p className="empty">
                {posts.total > 0 ? "There are no posts on this page." : "No posts yet."}
              </p>
            )}
            <PaginationNav
              page={posts}
              basePath={`/dashboard/users/${encodeURIComponent(user.username)}`}
              noun={{ one: "post", many: "posts" }}
            />
          </>
        )}
      </SectionContent>
    </>
  );
}
