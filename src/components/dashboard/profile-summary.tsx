import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { User } from "@/lib/api/users";

interface ProfileSummaryProps {
  user: User;
  tierName: string | undefined;
  /** The tier list could not be read: said in place of the tier. */
  tierUnavailable?: boolean;
}

export function ProfileSummary({ user, tierName, tierUnavailable = false }: ProfileSummaryProps) {
  const rows = [
    ["Name", user.name],
    ["Username", user.username],
    ["E-mail", user.email],
    [
      "Tier",
      tierUnavailable
        ? "Cannot be shown right now (the service did not answer)"
        : (tierName ?? (user.tierId === null ? "None" : "Unknown")),
    ],
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>
          <h2>Your account</h2>
        </CardTitle>
        <CardDescription>As FastAPI knows you.</CardDescription>
      </CardHeader>
      <CardContent>
        <dl aria-label="Your account" className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-[max-content_1fr]">
          {rows.map(([term, value]) => (
            <div key={term} className="contents">
              <dt className="text-muted-foreground">{term}</dt>
              <dd className="font-medium break-all">{value}</dd>
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
