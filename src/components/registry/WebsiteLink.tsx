/** A centre's or organisation's own website, shown without the scheme that nobody reads. */
export function WebsiteLink({ url }: { url: string }) {
  return (
    <a href={url} rel="noopener">
      {url.replace(/^https?:\/\//, '')}
    </a>
  )
}
