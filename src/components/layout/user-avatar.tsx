import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

interface UserAvatarProps {
  name: string;
  /** Only an image the Content-Security-Policy lets the browser load (see allowedImageUrl). */
  imageUrl?: string;
  className?: string;
}

/** "Ada Lovelace" → "AL"; a single word gives one letter. */
const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase())
    .join("");

/** The user's picture, or their initials while it loads, when it fails, or when there is none. */
export function UserAvatar({ name, imageUrl, className }: UserAvatarProps) {
  return (
    <Avatar className={cn("size-8 rounded-lg", className)}>
      {imageUrl ? <AvatarImage src={imageUrl} alt="" /> : null}
      <AvatarFallback className="rounded-lg bg-primary/10 font-medium text-primary">
        {initialsOf(name)}
      </AvatarFallback>
    </Avatar>
  );
}
