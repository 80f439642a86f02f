import type { User } from "@/lib/api/users";

interface ProfileSummaryProps {
  user: User;
  tierName: string | undefined;
  /** The tier list could not be read: said in place of the tier. */
  tierUnavailable?: boolean;
}

export function ProfileSummary({ user, tierName, tierUnavailable = false }: ProfileSummaryProps) {
  return (
    <dl className="summary" aria-label="Your account">
      <dt>Name</dt>
      <dd>{user.name}</dd>
      <dt>Username</dt>
      <dd>{user.username}</dd>
      <dt>E-mail</dt>
      <dd>{user.email}</dd>
      <dt>Tier</dt>
      <dd>
        {tierUnavailable
          ? "Cannot be shown right now (the service did not answer)"
          : (tierName ?? (user.tierId === null ? "None" : "Unknown"))}
      </dd>
    </dl>
  );
}
