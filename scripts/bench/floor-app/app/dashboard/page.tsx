import { getJson, readMe } from "../fastapi";

interface Tiers {
  data: { id: number; name: string }[];
}

/** /dashboard's content: who you are and your tier's name, read one after the other as the app does. */
export default async function Dashboard() {
  const me = await readMe();
  const tiers = me.tier_id === null ? null : await getJson<Tiers>("/api/v1/tiers?page=1&items_per_page=100");
  const tierName = tiers?.data.find((tier) => tier.id === me.tier_id)?.name ?? "None";
  const rows = [
    ["Name", me.name],
    ["Username", me.username],
    ["E-mail", me.email],
    ["Tier", tierName],
  ];
  return (
    <>
      <h1>Welcome, {me.name}</h1>
      <p>Here is where things stand.</p>
      <section>
        <h2>Your account</h2>
        <p>As FastAPI knows you.</p>
        <dl aria-label="Your account">
          {rows.map(([term, value]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </>
  );
}
