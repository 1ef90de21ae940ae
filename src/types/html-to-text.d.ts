// html-to-text ships no types (and @types/html-to-text lags behind 10.x): the part we call
declare module 'html-to-text' {
  type Selector = { selector: string; format?: string; options?: Record<string, unknown> }
  export function convert(
    html: string,
    options?: { wordwrap?: number | false; selectors?: Selector[] },
  ): string
}
