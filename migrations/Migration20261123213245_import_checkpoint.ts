import { Migration } from '@mikro-orm/migrations';

export class Migration20261123213245_import_checkpoint extends Migration {
  override async up(): Promise<void> {
    this.addSql("create table \"import_checkpoint\" (\"fingerprint\" text not null, \"kind\" text not null, \"file\" text not null, \"batch_size\" int not null, \"done_batches\" int[] not null, \"rows\" int not null, \"inserted\" int not null, \"updated\" int not null, \"unchanged\" int not null, \"rejected\" int not null, \"report_file\" text null, \"started_at\" timestamptz not null, \"updated_at\" timestamptz not null, primary key (\"fingerprint\"));");
  }
}
