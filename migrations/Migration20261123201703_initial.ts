import { Migration } from '@mikro-orm/migrations';

export class Migration20261123201703_initial extends Migration {
  override async up(): Promise<void> {
    // pg_trgm: substring search of Chinese names (databases are created with a UTF-8 ctype).
    this.addSql("create extension if not exists pg_trgm;");
    this.addSql("create table \"api_key\" (\"id\" uuid not null, \"name\" text not null, \"secret_hash\" text not null, \"region_code\" text not null, \"event_types\" text[] not null, \"created_by\" text not null, \"created_at\" timestamptz not null, \"revoked_at\" timestamptz null, \"last_used_at\" timestamptz null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("create table \"audit_record\" (\"id\" uuid not null, \"at\" timestamptz not null, \"actor_sub\" text not null, \"actor_role\" text not null, \"actor_name\" text null, \"operation\" text not null, \"entity_type\" text not null, \"entity_id\" text not null, \"region_code\" text null, \"organisation_id\" uuid null, \"committee_id\" uuid null, \"changes\" jsonb not null, \"request_id\" text null, primary key (\"id\"));");
    this.addSql("create index \"audit_record_committee_id_at_index\" on \"audit_record\" (\"committee_id\", \"at\");");
    this.addSql("create index \"audit_record_organisation_id_at_index\" on \"audit_record\" (\"organisation_id\", \"at\");");
    this.addSql("create index \"audit_record_entity_id_at_index\" on \"audit_record\" (\"entity_id\", \"at\");");
    this.addSql("create table \"jurisdiction_setting\" (\"id\" uuid not null, \"region_code\" text not null, \"key\" text not null, \"effective_from\" date not null, \"value\" jsonb not null, \"basis\" text null, \"created_by\" text not null, \"created_at\" timestamptz not null, primary key (\"id\"));");
    this.addSql("alter table \"jurisdiction_setting\" add constraint \"jurisdiction_setting_region_code_key_effective_from_unique\" unique (\"region_code\", \"key\", \"effective_from\");");
    this.addSql("create table \"region\" (\"code\" text not null, \"name\" text not null, \"level\" text not null, \"parent_code\" text null, \"population\" int null, \"urban_population\" int null, \"demo\" boolean not null default false, \"time_zone\" text null, primary key (\"code\"));");
    this.addSql("create index \"region_level_code_index\" on \"region\" (\"level\", \"code\");");
    this.addSql("create index \"region_parent_code_index\" on \"region\" (\"parent_code\");");
    this.addSql("create table \"registry_event\" (\"id\" uuid not null, \"seq\" bigserial, \"position\" bigint null, \"type\" text not null, \"occurred_at\" timestamptz not null, \"entity_type\" text not null, \"entity_id\" text not null, \"region_code\" text null, \"organisation_id\" uuid null, \"committee_id\" uuid null, \"payload\" jsonb not null, \"actor_sub\" text null, \"request_id\" text null, primary key (\"id\"));");
    this.addSql("alter table \"registry_event\" add constraint \"registry_event_seq_unique\" unique (\"seq\");");
    this.addSql("alter table \"registry_event\" add constraint \"registry_event_position_unique\" unique (\"position\");");
    this.addSql("create index \"registry_event_entity_id_position_index\" on \"registry_event\" (\"entity_id\", \"position\");");
    this.addSql("create index \"registry_event_organisation_id_position_index\" on \"registry_event\" (\"organisation_id\", \"position\");");
    this.addSql("create index \"registry_event_unstamped_seq_index\" on \"registry_event\" (\"seq\") where \"position\" is null;");
    this.addSql("create index \"registry_event_region_code_position_index\" on \"registry_event\" (\"region_code\", \"position\");");
    this.addSql("create or replace function \"audit_record_audit_record_no_update_fn\"() returns trigger as $$ begin raise exception 'audit records are append-only (审计记录只增不改)'; end; $$ language plpgsql;");
    this.addSql("create trigger \"audit_record_no_update\" BEFORE UPDATE OR DELETE on \"audit_record\" for each ROW execute function \"audit_record_audit_record_no_update_fn\"();");
  }
}
