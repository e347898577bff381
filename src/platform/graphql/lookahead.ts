/**
 * Look-ahead at what a connection's caller selected, so a page statement can bring along the
 * relations it will be asked for (one round trip instead of one per relation level), and
 * nothing it will not.
 */
import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/** The fields of a selection set, through inline and named fragments (directives ignored: a field maybe skipped still counts). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo, out: FieldNode[] = [], seen = new Set<string>()): FieldNode[] {
  for (const sel of set?.selections ?? []) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) fieldsOf(sel.selectionSet, info, out, seen);
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      fieldsOf(info.fragments[sel.name.value]?.selectionSet, info, out, seen);
    }
  }
  return out;
}

/**
 * Names of the fields selected on the nodes of the connection being resolved, whether asked
 * through `nodes { … }` or `edges { node { … } }`. Field names, not aliases.
 */
export function connectionNodeFields(info: GraphQLResolveInfo): Set<string> {
  const names = new Set<string>();
  const take = (set: SelectionSetNode | undefined) => {
    for (const f of fieldsOf(set, info)) names.add(f.name.value);
  };
  for (const field of info.fieldNodes) {
    for (const f of fieldsOf(field.selectionSet, info)) {
      if (f.name.value === 'nodes') take(f.selectionSet);
      else if (f.name.value === 'edges') for (const e of fieldsOf(f.selectionSet, info)) if (e.name.value === 'node') take(e.selectionSet);
    }
  }
  return names;
}
