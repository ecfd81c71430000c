import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

export type CompletionGate = (tx: EntityManager, userId: string, courseId: string) => Promise<boolean>;

/**
 * Conditions beyond the lessons that a course completion must meet. The quiz engine registers one ("the course quiz is
 * passed"), so courses never import quizzes; with no gate registered, finishing the lessons completes the course.
 */
@Injectable()
export class CompletionGates {
  private readonly gates: CompletionGate[] = [];

  register(gate: CompletionGate): void {
    this.gates.push(gate);
  }

  async allowCompletion(tx: EntityManager, userId: string, courseId: string): Promise<boolean> {
    for (const gate of this.gates) if (!(await gate(tx, userId, courseId))) return false;
    return true;
  }
}
