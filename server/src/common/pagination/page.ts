import { ApiProperty } from '@nestjs/swagger';
import { PAGE_SIZE_DEFAULT, PAGE_SIZE_MAX } from '@cadre/shared';
import { IntField } from '../validation/fields';

/** `?page=1&pageSize=20`; pageSize above 100 is a 400, not silently clamped. */
export class PageQueryDto {
  @IntField({ min: 1, max: 100_000, optional: true, query: true, description: 'Page number, from 1' })
  page: number = 1;

  @IntField({ min: 1, max: PAGE_SIZE_MAX, optional: true, query: true, description: `Rows per page, at most ${PAGE_SIZE_MAX}` })
  pageSize: number = PAGE_SIZE_DEFAULT;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

type Ctor<T> = new (...args: never[]) => T;

/** An OpenAPI-documented page class for `itemType`, e.g. `class UserPage extends PageOf(UserSummaryDto) {}`. */
export function PageOf<T>(itemType: Ctor<T>) {
  class PageDto implements Page<T> {
    @ApiProperty({ type: () => itemType, isArray: true })
    items!: T[];

    @ApiProperty({ type: 'integer' })
    total!: number;

    @ApiProperty({ type: 'integer' })
    page!: number;

    @ApiProperty({ type: 'integer' })
    pageSize!: number;
  }
  return PageDto;
}

export function pageOf<T>(items: T[], total: number, query: PageQueryDto): Page<T> {
  return { items, total, page: query.page, pageSize: query.pageSize };
}
