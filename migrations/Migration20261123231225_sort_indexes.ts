import { Migration } from '@mikro-orm/migrations';

export class Migration20261123231225_sort_indexes extends Migration {
  override async up(): Promise<void> {
    this.addSql("create index \"organisation_region_code_order_index\" on \"organisation\" (\"region_code\", coalesce(\"uscc\", ''), \"id\");");
    this.addSql("create index \"organisation_code_order_index\" on \"organisation\" (coalesce(\"uscc\", ''), \"id\");");
    this.addSql("create index \"organisation_region_registration_order_index\" on \"organisation\" (\"region_code\", coalesce(\"registration_date\", '0001-01-01'::date), \"id\");");
    this.addSql("create index \"organisation_registration_order_index\" on \"organisation\" (coalesce(\"registration_date\", '0001-01-01'::date), \"id\");");
    this.addSql("create index \"organisation_name_id_index\" on \"organisation\" (\"name\", \"id\");");
  }
}
