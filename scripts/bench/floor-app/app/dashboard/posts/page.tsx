import { getJson, readMe } from "../../fastapi";

interface Posts {
  data: { id: number; title: string; text: string; created_at: string }[];
  total_count: number;
}

const dateFormat = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** /dashboard/posts' content: who you are, then your first page of posts, as the app reads them. */
export default async function Posts() {
  const me = await readMe();
  const posts = await getJson<Posts>(`/api/v1/${me.username}/posts?page=1&items_per_page=10`);
  return (
    <>
      <h1>Your posts</h1>
      <p>What you have written, newest first.</p>
      <ul aria-label="Posts">
        {posts.data.map((post) => (
          <li key={post.id}>
            <article>
              <h2>{post.title}</h2>
              <time dateTime={post.created_at}>{dateFormat.format(new Date(post.created_at))}</time>
              <p>{post.text}</p>
            </article>
          </li>
        ))}
      </ul>
      <p>{posts.total_count} posts</p>
    </>
  );
}
