import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProperty } from '@nestjs/swagger';
import { UPLOAD_MAX_VIDEO_MB_CEILING } from '../../../config/app-config';
import { EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';
import { FILE_PURPOSES, purposeRules, type FilePurpose } from '../file-purposes';

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

/** The multipart body of an upload: one file in the field `file`, of at most `maxBytes` bytes (a larger one is a 413). */
export function ApiFileBody(maxBytes: number, description: string) {
  return applyDecorators(
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', maxLength: maxBytes, description } },
      },
    }),
  );
}

/** The largest file any purpose accepts under any configuration (videos: UPLOAD_MAX_VIDEO_MB). */
export const UPLOAD_MAX_BYTES = Math.max(...Object.values(purposeRules(UPLOAD_MAX_VIDEO_MB_CEILING)).map((rule) => rule.maxBytes));
