import { Global, Injectable, Module } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Events a lower floor announces and a higher floor reacts to, inside the same transaction. */
export interface DomainEventMap {
  /** A cadre was created or changed (unit, appointment date, groups, status). */
  'cadre.changed': { tx: EntityManager; userId: string };
  /** Cadres were created in bulk (a roster import): one event for the whole batch, so reactions stay set-based. */
  'cadres.imported': { tx: EntityManager; userIds: string[] };
  /**
   * Wrong passwords for an account from all addresses reached the slowdown threshold (once per window), so its
   * superiors are told: auth, on the ground floor, announces it; notifications, a floor up, writes the alerts.
   */
  /** A class closed: its completing cadres' ledger entries are written (certificates issues the 结业证书). */
  'training_class.closed': { tx: EntityManager; classId: string };
  /** Ledger entries' hours were corrected: whatever was issued on them (a 学时证明, a 结业证书) no longer holds. */
  'ledger.corrected': { tx: EntityManager; entryIds: string[] };
  'sign_in.slowed': { tx: EntityManager; userId: string; username: string; failures: number; addresses: number; minutes: number; seconds: number };
}

type Handler<K extends keyof DomainEventMap> = (payload: DomainEventMap[K]) => Promise<void>;

/**
 * In-process, synchronous domain events: the emitter awaits every handler, so a handler's writes commit or roll back
 * with the change that caused them. Lets users tell courses about a new group member without importing upward.
 */
@Injectable()
export class DomainEvents {
  private readonly handlers = new Map<keyof DomainEventMap, Handler<keyof DomainEventMap>[]>();

  on<K extends keyof DomainEventMap>(name: K, handler: Handler<K>): void {
    const list = this.handlers.get(name) ?? [];
    list.push(handler as Handler<keyof DomainEventMap>);
    this.handlers.set(name, list);
  }

  async emit<K extends keyof DomainEventMap>(name: K, payload: DomainEventMap[K]): Promise<void> {
    for (const handler of this.handlers.get(name) ?? []) await handler(payload);
  }
}

@Global()
@Module({ providers: [DomainEvents], exports: [DomainEvents] })
export class DomainEventsModule {}
