import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203745_organisation extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"organisation\" (\"id\" uuid not null, \"type\" text not null, \"fundraising\" text null, \"name\" text not null, \"former_names\" text[] not null, \"english_name\" text null, \"uscc\" text null, \"status\" text not null, \"region_code\" text not null, \"activity_area_level\" text not null, \"domicile\" text not null, \"domicile_region_code\" text not null, \"domicile_source\" text null, \"legal_representative_id\" uuid not null, \"business_scope\" text not null, \"supervisory_unit_id\" uuid null, \"supervisory_approval\" text null, \"direct_registration\" boolean not null, \"fields\" text[] not null, \"registered_funds_fen\" bigint not null, \"individual_members\" int null, \"unit_members\" int null, \"preparation_approved_on\" date null, \"registration_due_by\" date null, \"registration_date\" date null, \"certificate_number\" text null, \"certificate_valid_from\" date null, \"certificate_valid_until\" date null, \"charity_recognised\" boolean not null default false, \"charity_recognised_on\" date null, \"public_fundraising_qualified\" boolean not null default false, \"party_organisation\" boolean not null default false, \"party_building_in_charter\" boolean not null default false, \"decoupled\" boolean not null default false, \"full_time_staff\" int null, \"contact_name\" text null, \"contact_phone\" text null, \"suspended_until\" date null, \"ended_on\" date null, \"end_reason\" text null, \"end_decision_number\" text null, \"liquidation_date\" date null, \"name_grams\" text[] not null, \"search_text\" text not null, \"created_at\" timestamptz not null, \"updated_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("alter table \"organisation\" add constraint \"organisation_uscc_unique\" unique (\"uscc\");");
    this.addSql("create index \"organisation_fields_index\" on \"organisation\" using gin (\"fields\");");
    this.addSql("create index \"organisation_search_text_trgm_index\" on \"organisation\" using gin (\"search_text\" gin_trgm_ops);");
    this.addSql("create index \"organisation_name_grams_index\" on \"organisation\" using gin (\"name_grams\");");
    this.addSql("create index \"organisation_domicile_region_code_index\" on \"organisation\" (\"domicile_region_code\");");
    this.addSql("create index \"organisation_legal_representative_id_index\" on \"organisation\" (\"legal_representative_id\");");
    this.addSql("create index \"organisation_supervisory_unit_id_index\" on \"organisation\" (\"supervisory_unit_id\");");
    this.addSql("create index \"organisation_region_code_registration_date_id_index\" on \"organisation\" (\"region_code\", \"registration_date\", \"id\");");
    this.addSql("create index \"organisation_region_code_name_id_index\" on \"organisation\" (\"region_code\", \"name\", \"id\");");
    this.addSql("create table \"organisation_change\" (\"id\" uuid not null, \"organisation_id\" uuid not null, \"action\" text not null, \"effective_date\" date not null, \"decision_number\" text null, \"reason\" text null, \"changes\" jsonb not null, \"recorded_at\" timestamptz not null, \"recorded_by\" text not null, primary key (\"id\"));");
    this.addSql("create index \"organisation_change_organisation_id_effective_date_index\" on \"organisation_change\" (\"organisation_id\", \"effective_date\");");
    this.addSql("create table \"supervisory_unit\" (\"id\" uuid not null, \"name\" text not null, \"region_code\" text not null, \"uscc\" text null, \"contact_office\" text null, \"created_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("alter table \"supervisory_unit\" add constraint \"supervisory_unit_uscc_unique\" unique (\"uscc\");");
    this.addSql("create index \"supervisory_unit_region_code_name_index\" on \"supervisory_unit\" (\"region_code\", \"name\");");
  }
}
