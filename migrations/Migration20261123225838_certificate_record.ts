import { Migration } from '@mikro-orm/migrations';

export class Migration20261123225838_certificate_record extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"organisation_mark\" (\"id\" bigserial primary key, \"organisation_id\" uuid not null, \"key\" text not null, \"created_at\" timestamptz not null);");
    this.addSql("alter table \"organisation_mark\" add constraint \"organisation_mark_organisation_id_key_unique\" unique (\"organisation_id\", \"key\");");
    this.addSql("alter table \"organisation\" add \"certificate_issued_on\" date null, add \"part_time_staff\" int null, add \"council_members\" int null, add \"supervisors\" int null, add \"standing_council_members\" int null, add \"industry_code\" text null, add \"funds_currency\" text not null default 'CNY', add \"funds_source\" text null, add \"charter_approved_on\" date null;");
    this.addSql("create index \"organisation_certificate_expiry_index\" on \"organisation\" (\"certificate_valid_until\", \"id\") where \"status\" in ('REGISTERED', 'SUSPENDED');");
  }
}
