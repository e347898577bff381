/**
 * Which evaluation an organisation holds on a date: a graded evaluation granted (or changed,
 * or since expired) whose validity covers the date. One definition for ratingStats, the ratings
 * filter and the organisations filter by grade, so the counts and the lists always agree.
 */
export const HOLDING = `r.grade is not null and r.status in ('GRANTED', 'CHANGED', 'EXPIRED') and r.valid_from <= $D::date and r.valid_until >= $D::date`;

/** The holding condition on alias `r`, with the date pushed onto `params`. */
export const holding = (params: unknown[], date: string): string => HOLDING.replaceAll('$D', `$${params.push(date)}`);
