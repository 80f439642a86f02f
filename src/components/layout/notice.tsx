interface NoticeProps {
  message: string | undefined;
}

/** A success message, announced politely by screen readers. */
export function Notice({ message }: NoticeProps) {
  if (!message) return null;
  return (
    <p role="status" className="notice">
      {message}
    </p>
  );
}
