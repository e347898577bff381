import { Migration } from '@mikro-orm/migrations';

/** The threshold rows' key is the fact itself: no surrogate id (one index fewer on a table a sweep fills by the million). */
export class Migration20261124032524_deadline_event_key extends Migration {
  override async up(): Promise<void> {
    this.addSql("alter table \"filing_deadline_event\" drop constraint \"filing_deadline_event_filing_id_threshold_due_on_unique\";");
    this.addSql("alter table \"filing_deadline_event\" drop constraint \"filing_deadline_event_pkey\";");
    this.addSql("alter table \"filing_deadline_event\" drop column \"id\";");
    this.addSql("alter table \"filing_deadline_event\" add primary key (\"filing_id\", \"threshold\", \"due_on\");");
  }
}
