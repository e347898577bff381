import { Migration } from '@mikro-orm/migrations';

/** Indexes of the RELEVANCE-ordered name search, read tier by tier (organisation.search.ts). */
export class Migration20261123230703_search_tiers extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index \"organisation_search_former_trgm_index\" on \"organisation\" using gin (\"search_text\" gin_trgm_ops) where \"former_names\" <> '{}' or \"search_text\" <> upper(replace(\"name\", ' ', ''));");
    this.addSql("create index \"organisation_search_odd_index\" on \"organisation\" (\"name\" collate \"C\", \"id\") include (\"search_text\", \"region_code\") where (\"name\" = upper(replace(\"name\", ' ', ''))) is false;");
    this.addSql("create index \"organisation_search_order_index\" on \"organisation\" (\"name\" collate \"C\", \"id\") include (\"search_text\", \"region_code\");");
    this.addSql("create index \"organisation_search_exact_index\" on \"organisation\" (upper(replace(\"name\", ' ', '')));");
    // Without it the planner takes "name differs from its normalised form" for 99.5 % of rows
    // and walks the whole register instead of organisation_search_odd_index (a few rows).
    this.addSql("create statistics \"organisation_name_plain_stat\" on ((\"name\" = upper(replace(\"name\", ' ', '')))) from \"organisation\";");
    // the planner needs these statistics (and the expression index's) from the first search on
    this.addSql("analyze \"organisation\";");
  }
}
