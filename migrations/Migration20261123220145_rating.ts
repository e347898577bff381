import { Migration } from '@mikro-orm/migrations';

export class Migration20261123220145_rating extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"rating\" (\"id\" uuid not null, \"organisation_id\" uuid not null, \"round_id\" uuid not null, \"region_code\" text not null, \"supervisory_unit_id\" uuid null, \"status\" text not null, \"regime\" text not null, \"applied_on\" date not null, \"scores\" jsonb null, \"bonus\" double precision null, \"total\" double precision null, \"withheld_five_a\" boolean null, \"proposed_grade\" text null, \"grade\" text null, \"previous_grade\" text null, \"publicity_start\" date null, \"publicity_days\" int null, \"publicity_end\" date null, \"review_requested_on\" date null, \"review_reason\" text null, \"review_decision_due\" date null, \"review_decided_on\" date null, \"review_outcome\" text null, \"announced_on\" date null, \"valid_from\" date null, \"counted_from\" date null, \"valid_until\" date null, \"certificate_number\" text null, \"changed_on\" date null, \"change_cause\" text null, \"change_reason\" text null, \"certificate_return_due\" date null, \"created_at\" timestamptz not null, \"updated_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("alter table \"rating\" add constraint \"rating_certificate_number_unique\" unique (\"certificate_number\");");
    this.addSql("create index \"rating_valid_until_index\" on \"rating\" (\"valid_until\");");
    this.addSql("create index \"rating_region_code_grade_index\" on \"rating\" (\"region_code\", \"grade\");");
    this.addSql("create index \"rating_organisation_id_announced_on_index\" on \"rating\" (\"organisation_id\", \"announced_on\");");
    this.addSql("alter table \"rating\" add constraint \"rating_round_id_organisation_id_unique\" unique (\"round_id\", \"organisation_id\");");
    this.addSql("create table \"rating_mark\" (\"id\" bigserial primary key, \"rating_id\" uuid not null, \"key\" text not null, \"created_at\" timestamptz not null);");
    this.addSql("alter table \"rating_mark\" add constraint \"rating_mark_rating_id_key_unique\" unique (\"rating_id\", \"key\");");
    this.addSql("create table \"rating_round\" (\"id\" uuid not null, \"year\" int not null, \"region_code\" text not null, \"status\" text not null, \"opened_on\" date not null, \"created_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("alter table \"rating_round\" add constraint \"rating_round_year_region_code_unique\" unique (\"year\", \"region_code\");");
  }
}
