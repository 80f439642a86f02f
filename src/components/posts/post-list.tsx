import { ExternalLink, Pencil } from "lucide-react";
import Link from "next/link";

import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardFooter, CardHeader, CardTitle } from "@/components/ui/card";
import type { Post } from "@/lib/api/posts";
import { isWebUrl } from "@/lib/safe-url";

import { DeletePostButton } from "./delete-post-button";

interface PostListProps {
  posts: Post[];
  /** Show edit and delete controls (the signed-in user's own list). */
  editable?: boolean;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Posts as cards. Titles and texts are user content: React escapes them, and nothing here bypasses that. */
export function PostList({ posts, editable = false }: PostListProps) {
  return (
    <ul className="grid gap-4" aria-label="Posts">
      {posts.map((post) => (
        <li key={post.id}>
          <Card asChild>
            <article aria-labelledby={`post-${post.id}-title`}>
              <CardHeader>
                <CardTitle className="text-lg leading-snug break-words">
                  <h2 id={`post-${post.id}-title`}>{post.title}</h2>
                </CardTitle>
                <CardDescription>
                  <time dateTime={post.createdAt}>{dateFormat.format(new Date(post.createdAt))}</time>
                </CardDescription>
              </CardHeader>
              <CardContent className="grid gap-3">
                <p className="text-sm leading-relaxed break-words whitespace-pre-wrap">{post.text}</p>
                {isWebUrl(post.mediaUrl) ? (
                  <p>
                    <a
                      href={post.mediaUrl}
                      rel="noopener noreferrer nofollow"
                      target="_blank"
                      className="inline-flex items-center gap-1 text-sm font-medium text-primary underline-offset-4 hover:underline"
                    >
                      Media
                      <ExternalLink aria-hidden="true" className="size-3.5" />
                    </a>
                  </p>
                ) : null}
              </CardContent>
              {editable ? (
                <CardFooter className="flex-wrap gap-2 border-t">
                  <Button asChild variant="outline" size="sm">
                    <Link href={`/dashboard/posts/${post.id}/edit`} aria-label={`Edit “${post.title}”`}>
                      <Pencil aria-hidden="true" />
                      Edit
                    </Link>
                  </Button>
                  <DeletePostButton id={post.id} title={post.title} />
                </CardFooter>
              ) : null}
            </article>
          </Card>
        </li>
      ))}
    </ul>
  );
}
