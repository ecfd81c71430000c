import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { typeOrmOptions, type DatabaseTarget } from './typeorm-options';

/** TypeORM on the given PostgreSQL; pending migrations run before the application starts serving. */
@Module({})
export class DatabaseModule {
  static forRoot(target: DatabaseTarget, opts: { runMigrations?: boolean } = {}): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...typeOrmOptions(target),
          migrationsRun: opts.runMigrations ?? true,
          retryAttempts: 3,
          retryDelay: 1000,
        }),
      ],
    };
  }
}
