import { FileText } from "lucide-react";
import type { Metadata } from "next";

import { EmptyState } from "@/components/layout/empty-state";
import { PaginationNav } from "@/components/layout/pagination-nav";
import { UserAvatar } from "@/components/layout/user-avatar";
import { SectionContent } from "@/components/layout/section-unavailable";
import { PostList } from "@/components/posts/post-list";
import { getPostsBy } from "@/data/posts";
import { getUserProfile } from "@/data/users";
import { segmentOrNotFound } from "@/lib/route-segment";
import { usernameField } from "@/lib/validations/fields";
import { readPageRequest } from "@/lib/validations/pagination";

/** Only a well-formed username is worth asking FastAPI about; anything else is a 404 straight away. */
const usernameFrom = async (params: Promise<{ username: string }>) =>
  segmentOrNotFound((await params).username, usernameField);

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
      <div className="flex items-center gap-4">
        <UserAvatar name={user.name} className="size-14 text-lg" />
        <div className="grid gap-0.5">
          <h1 className="text-2xl font-semibold tracking-tight">{user.name}</h1>
          <p className="text-muted-foreground">@{user.username}</p>
        </div>
      </div>
      <h2 className="text-lg font-semibold">Posts</h2>
      <SectionContent section={posts} what={`@${user.username}’s posts`}>
        {(posts) => (
          <>
            {posts.items.length > 0 ? (
              <PostList posts={posts.items} />
            ) : (
              <EmptyState
                icon={FileText}
                title={posts.total > 0 ? "There are no posts on this page." : "No posts yet."}
              />
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
