import Link from "next/link";

import type { Post } from "@/lib/api/posts";
import { isWebUrl } from "@/lib/safe-url";

import { DeletePostButton } from "./delete-post-button";

interface PostListProps {
  posts: Post[];
  /** Show edit and delete controls (the signed-in user's own list). */
  editable?: boolean;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** Posts as articles. Titles and texts are user content: React escapes them, and nothing here bypasses that. */
export function PostList({ posts, editable = false }: PostListProps) {
  return (
    <ul className="card-list" aria-label="Posts">
      {posts.map((post) => (
        <li key={post.id}>
          <article className="card" aria-labelledby={`post-${post.id}-title`}>
            <h2 id={`post-${post.id}-title`}>{post.title}</h2>
            <p className="meta">
              <time dateTime={post.createdAt}>{dateFormat.format(new Date(post.createdAt))}</time>
            </p>
            <p className="post-text">{post.text}</p>
            {isWebUrl(post.mediaUrl) ? (
              <p>
                <a href={post.mediaUrl} rel="noopener noreferrer nofollow" target="_blank">
                  Media
                </a>
              </p>
            ) : null}
            {editable ? (
              <div className="actions">
                <Link href={`/dashboard/posts/${post.id}/edit`} aria-label={`Edit “${post.title}”`}>
                  Edit
                </Link>
                <DeletePostButton id={post.id} title={post.title} />
              </div>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
