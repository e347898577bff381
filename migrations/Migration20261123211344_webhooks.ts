import { Migration } from '@mikro-orm/migrations';

export class Migration20261123211344_webhooks extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"webhook\" (\"id\" uuid not null, \"api_key_id\" uuid not null, \"region_code\" text not null, \"url\" text not null, \"filter\" jsonb not null, \"secret_cipher\" text not null, \"enabled\" boolean not null, \"consecutive_failures\" int not null default 0, \"disabled_at\" timestamptz null, \"disabled_reason\" text null, \"start_position\" bigint not null, \"created_by\" text not null, \"created_at\" timestamptz not null, \"version\" int not null default 1, primary key (\"id\"));");
    this.addSql("create table \"webhook_delivery\" (\"id\" uuid not null, \"webhook_id\" uuid not null, \"event_id\" uuid not null, \"position\" bigint not null, \"status\" text not null, \"attempts\" int not null default 0, \"next_attempt_at\" timestamptz not null, \"last_status_code\" int null, \"last_error\" text null, \"delivered_at\" timestamptz null, \"created_at\" timestamptz not null, primary key (\"id\"));");
    this.addSql("create index \"webhook_delivery_webhook_id_created_at_index\" on \"webhook_delivery\" (\"webhook_id\", \"created_at\");");
    this.addSql("create index \"webhook_delivery_due_index\" on \"webhook_delivery\" (\"next_attempt_at\") where \"status\" = 'PENDING';");
    this.addSql("alter table \"webhook_delivery\" add constraint \"webhook_delivery_webhook_id_event_id_unique\" unique (\"webhook_id\", \"event_id\");");
  }
}
