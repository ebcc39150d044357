import { usePeople } from '../../api/hooks';

/** A person's name from the list of people everyone signed in may read (`GET /api/people`); null while unknown. */
export function usePersonName(userId: string | null): string | null {
  const people = usePeople(!!userId);
  if (!userId) return null;
  return people.data?.find((p) => p.id === userId)?.name ?? null;
}
