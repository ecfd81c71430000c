import { ApiProperty } from '@nestjs/swagger';
import { EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';
import { FILE_PURPOSES, type FilePurpose } from '../file-purposes';

export class UploadQueryDto {
  @EnumField(FILE_PURPOSES, { enumName: 'FilePurpose', description: 'What the file is for; decides the accepted types and size' })
  purpose!: FilePurpose;
}

export class FileLinkQueryDto {
  @IntField({ min: 0, max: 4_102_444_800, optional: true, query: true, description: 'Expiry of a signed link (Unix seconds)' })
  exp?: number;

  @UuidField({ optional: true, description: 'The sign-in session a signed link was made for; it stops working when that session ends' })
  sid?: string;

  @StringField({ max: 128, optional: true, description: 'Signature of a signed link' })
  sig?: string;

  @EnumField(['1'] as const, { optional: true, enumName: 'DownloadFlag', description: 'Offer the file as a download' })
  download?: '1';

  @EnumField(['1'] as const, { optional: true, enumName: 'ThumbnailFlag', description: 'The thumbnail of an image instead of the image' })
  thumb?: '1';
}

export class StoredFileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: FILE_PURPOSES, enumName: 'FilePurpose' }) purpose!: FilePurpose;
  @ApiProperty() name!: string;
  @ApiProperty() mimeType!: string;
  @ApiProperty({ type: 'integer' }) sizeBytes!: number;
  @ApiProperty({ description: 'A signed link to the file for the caller’s session, valid for about a quarter of an hour' }) url!: string;
  @ApiProperty({ type: String, nullable: true, description: 'A signed link to a small JPEG of an image; null for other files' }) thumbnailUrl!: string | null;
}

export class UploadBodyDto {
  @ApiProperty({ type: 'string', format: 'binary' }) file!: unknown;
}
