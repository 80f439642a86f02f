import type { User } from "@/lib/api/users";

interface ProfileSummaryProps {
  user: User;
  tierName: string | undefined;
}

export function ProfileSummary({ user, tierName }: ProfileSummaryProps) {
  return (
    <dl className="summary" aria-label="Your account">
      <dt>Name</dt>
      <dd>{user.name}</dd>
      <dt>Username</dt>
      <dd>{user.username}</dd>
      <dt>E-mail</dt>
      <dd>{user.email}</dd>
      <dt>Tier</dt>
      <dd>{tierName ?? (user.tierId === null ? "None" : "Unknown")}</dd>
    </dl>
  );
}
