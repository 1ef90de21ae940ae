/** What a field's error is called in the page (`answers.age` → `answers-age-error`). */
const errorId = (name: string) => `${name.replace('.', '-')}-error`

/**
 * The wiring of a server-validated form's errors: the error's text under its field, in the
 * reader's language, and the field marked invalid and described by it (with its hint, if any).
 * `errors` maps a field's name to an error code, `texts` a code to its text (`unexpected` for
 * a code it does not know).
 */
export function fieldErrors(errors: Record<string, string>, texts: Record<string, string>) {
  const text = (code: string) => texts[code] ?? texts.unexpected
  return {
    text,
    invalid: (name: string) => (errors[name] ? true : undefined),
    describedBy: (name: string, hintId?: string) =>
      [errors[name] ? errorId(name) : null, hintId].filter(Boolean).join(' ') || undefined,
    errorText: (name: string) =>
      errors[name] ? (
        <p id={errorId(name)} className="field-error">
          {text(errors[name])}
        </p>
      ) : null,
  }
}

export type FieldErrors = ReturnType<typeof fieldErrors>
