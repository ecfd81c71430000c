import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CommonError, CourseError } from '@cadre/shared';
import { DataSource } from 'typeorm';
import type { RequestOrigin } from '../../common/auth/access.decorator';
import type { AuthUser } from '../../common/auth/auth-user';
import { AppException, notFound } from '../../common/errors/app-exception';
import { isRootScope } from '../../common/scope/scope';
import { AuditService } from '../audit/audit.service';
import { CourseCategory } from './course-category.entity';
import type { CategoryDto, SaveCategoryDto } from './dto/course.dto';

/** The editable list of catalogue categories; city-wide, so kept by the city's org admins. */
@Injectable()
export class CategoriesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<CategoryDto[]> {
    const rows = (await this.db.query(
      `SELECT c.id, c.name, c.sort_order AS "sortOrder", COALESCE(n.count, 0)::int AS "courseCount"
         FROM course_categories c
         LEFT JOIN (SELECT category_id, count(*) AS count FROM courses GROUP BY category_id) n ON n.category_id = c.id
        ORDER BY c.sort_order, c.name`,
    )) as CategoryDto[];
    return rows;
  }

  async create(user: AuthUser, dto: SaveCategoryDto, origin: RequestOrigin): Promise<CategoryDto> {
    this.checkCityAdmin(user);
    const id = await this.db.transaction(async (tx) => {
      await this.checkNameFree(tx.getRepository(CourseCategory), dto.name);
      const saved = await tx.getRepository(CourseCategory).save({ name: dto.name, sortOrder: dto.sortOrder ?? 0 });
      await this.audit.record({ action: 'category.changed', actor: user, target: { type: 'course_category', id: saved.id }, unitPath: user.scopePath, origin, details: { created: dto.name } }, tx);
      return saved.id;
    });
    return this.get(id);
  }

  async update(user: AuthUser, id: string, dto: SaveCategoryDto, origin: RequestOrigin): Promise<CategoryDto> {
    this.checkCityAdmin(user);
    await this.db.transaction(async (tx) => {
      const repo = tx.getRepository(CourseCategory);
      const category = await repo.findOneBy({ id });
      if (!category) throw notFound('Category');
      if (dto.name !== category.name) await this.checkNameFree(repo, dto.name);
      await repo.update({ id }, { name: dto.name, sortOrder: dto.sortOrder ?? category.sortOrder });
      await this.audit.record({ action: 'category.changed', actor: user, target: { type: 'course_category', id }, unitPath: user.scopePath, origin, details: { renamed: [category.name, dto.name] } }, tx);
    });
    return this.get(id);
  }

  async remove(user: AuthUser, id: string, origin: RequestOrigin): Promise<void> {
    this.checkCityAdmin(user);
    await this.db.transaction(async (tx) => {
      const category = await tx.getRepository(CourseCategory).findOneBy({ id });
      if (!category) throw notFound('Category');
      const [{ n }] = (await tx.query('SELECT count(*)::int AS n FROM courses WHERE category_id = $1', [id])) as [{ n: number }];
      if (n > 0) throw new AppException(HttpStatus.UNPROCESSABLE_ENTITY, CourseError.CategoryInUse, `${n} courses still use this category`);
      await tx.getRepository(CourseCategory).delete({ id });
      await this.audit.record({ action: 'category.changed', actor: user, target: { type: 'course_category', id }, unitPath: user.scopePath, origin, details: { removed: category.name } }, tx);
    });
  }

  private async get(id: string): Promise<CategoryDto> {
    const found = (await this.list()).find((c) => c.id === id);
    if (!found) throw notFound('Category');
    return found;
  }

  private async checkNameFree(repo: ReturnType<DataSource['getRepository']>, name: string): Promise<void> {
    if (await repo.existsBy({ name })) {
      throw new AppException(HttpStatus.CONFLICT, CommonError.Conflict, 'A category with this name exists', [{ field: 'name', message: 'already used' }]);
    }
  }

  private checkCityAdmin(user: AuthUser): void {
    if (!isRootScope(user)) throw new AppException(HttpStatus.FORBIDDEN, CommonError.Forbidden, 'Only the city organisation department edits categories');
  }
}
