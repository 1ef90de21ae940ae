// MongoDB needs no schema migrations; data migrations for it are listed here when needed.
export const migrations = []
