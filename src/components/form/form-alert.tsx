interface FormAlertProps {
  message?: string;
}

/** The form-level error, announced by screen readers as soon as it appears. */
export function FormAlert({ message }: FormAlertProps) {
  return (
    <div role="alert" className={message ? "form-alert" : undefined}>
      {message}
    </div>
  );
}
