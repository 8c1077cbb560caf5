/** A form's error that belongs to no single field (forbidden, network trouble); nothing when there is none. */
export function FormError({ message }: Readonly<{ message: string | undefined }>) {
  if (!message) return null;
  return (
    <p role="alert" className="form-error">
      {message}
    </p>
  );
}
