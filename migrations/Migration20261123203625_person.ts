import { Migration } from '@mikro-orm/migrations';

export class Migration20261123203625_person extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"person\" (\"id\" uuid not null, \"name\" text not null, \"id_number_cipher\" text not null, \"id_number_hash\" text not null, \"phone_cipher\" text null, \"phone_hash\" text null, \"address_cipher\" text null, \"birth_date\" date not null, \"sex\" text not null, \"region_code\" text not null, \"created_at\" timestamptz not null, \"updated_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("alter table \"person\" add constraint \"person_id_number_hash_unique\" unique (\"id_number_hash\");");
    this.addSql("create index \"person_region_code_index\" on \"person\" (\"region_code\");");
    this.addSql("create index \"person_phone_hash_index\" on \"person\" (\"phone_hash\");");
  }
}
