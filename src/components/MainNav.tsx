'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'

type Props = { label: string; links: { href: string; label: string; external?: boolean }[] }

/** The site's main navigation; marks the current section for screen readers and sighted users. */
export function MainNav({ label, links }: Props) {
  const pathname = usePathname()
  const isCurrent = (href: string) =>
    pathname === href || (href.split('/').length > 2 && pathname?.startsWith(`${href}/`))
  return (
    <nav aria-label={label} className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            {link.external ? (
              <a href={link.href}>{link.label}</a>
            ) : (
              <Link href={link.href} aria-current={isCurrent(link.href) ? 'page' : undefined}>
                {link.label}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  )
}
