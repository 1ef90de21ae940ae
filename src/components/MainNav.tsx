type Props = {
  label: string
  links: { href: string; label: string }[]
  /** the page's path, from the proxy's header: the link of its section is marked current */
  pathname: string
}

/**
 * The site's main navigation; marks the current section for screen readers and sighted users.
 * Drawn on the server: plain links load the next page whole (from the page cache), so the
 * header is always drawn for the page it stands on and needs no JavaScript.
 */
export function MainNav({ label, links, pathname }: Props) {
  const isCurrent = (href: string) =>
    pathname === href || (href.split('/').length > 2 && pathname.startsWith(`${href}/`))
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <a href={link.href} aria-current={isCurrent(link.href) ? 'page' : undefined}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
