import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsInt, IsString, Max, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import {
  PUBLICITY_CHANNEL_KINDS,
  PUBLICITY_CONTEST_KINDS,
  PUBLICITY_PRIZES,
  PUBLICITY_RANKING_RULE,
  type PublicityChannelKind,
  type PublicityContestKind,
  type PublicityPrize,
} from '@cadre/shared';
import { PageOf, PageQueryDto } from '../../../common/pagination/page';
import { DateField, EnumField, IntField, StringField, UuidField } from '../../../common/validation/fields';
import { StoredFileDto } from '../../files/dto/file.dto';

// ---- channels and columns ------------------------------------------------------------------------------------------

export class CreateChannelDto {
  @EnumField(PUBLICITY_CHANNEL_KINDS, { enumName: 'PublicityChannelKind' }) kind!: PublicityChannelKind;
  @StringField({ max: 100, description: 'As the public knows it: 示范市广播电视台, 《示范新闻》' }) name!: string;
}

export class UpdateChannelDto {
  @EnumField(PUBLICITY_CHANNEL_KINDS, { optional: true, enumName: 'PublicityChannelKind' }) kind?: PublicityChannelKind;
  @StringField({ max: 100, optional: true }) name?: string;
}

export class CreateColumnDto {
  @UuidField() channelId!: string;
  @StringField({ max: 100, description: 'The column (专栏) title' }) name!: string;
  @DateField({ description: 'The day it opened' }) startsOn!: string;
  @DateField({ nullable: true, description: 'The day it closed; null while it runs' }) endsOn?: string | null;
}

export class UpdateColumnDto {
  @StringField({ max: 100, optional: true }) name?: string;
  @DateField({ optional: true }) startsOn?: string;
  @DateField({ nullable: true, description: 'null reopens it' }) endsOn?: string | null;
}

export class ColumnDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'date' }) startsOn!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) endsOn!: string | null;
  @ApiProperty({ type: 'integer', description: 'Items published in it, by units in the caller\'s scope' }) items!: number;
  @ApiProperty({ description: 'The caller may change it (an org admin over the channel\'s owner)' }) canEdit!: boolean;
}

export class ChannelDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PUBLICITY_CHANNEL_KINDS, enumName: 'PublicityChannelKind' }) kind!: PublicityChannelKind;
  @ApiProperty() name!: string;
  @ApiProperty({ format: 'uuid' }) ownerUnitId!: string;
  @ApiProperty({ type: () => ColumnDto, isArray: true }) columns!: ColumnDto[];
  @ApiProperty({ description: 'The caller may change it and open columns on it' }) canEdit!: boolean;
}

export class ChannelListDto {
  @ApiProperty({ type: () => ChannelDto, isArray: true }) items!: ChannelDto[];
}

export class ColumnQueryDto {
  @DateField({ optional: true, description: 'Columns open on some day from this one…' }) from?: string;
  @DateField({ optional: true, description: '…to this one' }) to?: string;
  @UuidField({ optional: true, description: 'Columns visible to this unit (default: the caller\'s scope unit)' }) unitId?: string;
}

export class ColumnListDto {
  @ApiProperty({ type: () => ColumnDto, isArray: true }) items!: ColumnDto[];
}

// ---- items ---------------------------------------------------------------------------------------------------------

export class CreateItemDto {
  @DateField({ description: 'The day it was published' }) publishedOn!: string;
  @UuidField() channelId!: string;
  @UuidField({ optional: true, description: 'A column of that channel, open on the day' }) columnId?: string;
  @StringField({ max: 300 }) title!: string;
  @StringField({ max: 1000, optional: true, pattern: /^https?:\/\/\S+$/, patternMessage: 'link must be an http(s) address', description: 'Where it can be read' }) link?: string;
  @UuidField({ optional: true, description: 'A file uploaded with purpose campaign_attachment (the clipping, a screenshot)' }) fileId?: string;
  @UuidField({ description: 'The submitting unit (报送单位), in the caller\'s scope' }) unitId!: string;
}

export class ItemQueryDto extends PageQueryDto {
  @UuidField({ optional: true, description: 'Items of this unit and the units below it' }) unitId?: string;
  @UuidField({ optional: true }) channelId?: string;
  @UuidField({ optional: true }) columnId?: string;
  @DateField({ optional: true, description: 'Published on or after' }) from?: string;
  @DateField({ optional: true, description: 'Published on or before' }) to?: string;
  @StringField({ max: 100, optional: true, description: 'Title contains' }) q?: string;
}

export class ItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date' }) publishedOn!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty({ enum: PUBLICITY_CHANNEL_KINDS, enumName: 'PublicityChannelKind' }) channelKind!: PublicityChannelKind;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) columnId!: string | null;
  @ApiProperty({ type: String, nullable: true }) columnName!: string | null;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  @ApiProperty({ type: () => StoredFileDto, nullable: true }) file!: StoredFileDto | null;
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
}

export class ItemPageDto extends PageOf(ItemDto) {}

export const ITEM_IMPORT_MODES = ['preview', 'commit'] as const;
export type ItemImportMode = (typeof ITEM_IMPORT_MODES)[number];

export class ItemImportQueryDto {
  @EnumField(ITEM_IMPORT_MODES, { enumName: 'ItemImportMode', description: 'preview: check every row and write nothing; commit: import every row in one transaction, or none' })
  mode!: ItemImportMode;
}

export class ItemImportProblemDto {
  @ApiProperty({ type: 'integer', description: 'Spreadsheet row (2 is the first item)' }) row!: number;
  @ApiProperty({ description: 'Column header, as in the template' }) column!: string;
  @ApiProperty() message!: string;
}

export class ItemImportResultDto {
  @ApiProperty({ type: 'integer', description: 'Non-empty rows in the file' }) rows!: number;
  @ApiProperty({ type: 'integer', description: 'Rows without a problem' }) valid!: number;
  @ApiProperty({ type: 'integer', description: 'Items imported (0 on a preview)' }) imported!: number;
  @ApiProperty({ type: () => ItemImportProblemDto, isArray: true, description: 'Problems by row and column, in row order' }) problems!: ItemImportProblemDto[];
}

// ---- programme episodes --------------------------------------------------------------------------------------------

export class CreateEpisodeDto {
  @UuidField({ description: 'The channel that aired it' }) channelId!: string;
  @DateField() airedOn!: string;
  @StringField({ max: 200 }) topic!: string;
  @ApiProperty({ type: String, isArray: true, description: 'Guests (嘉宾), at most 10 names of 50 characters' })
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  guests!: string[];
}

export class PeriodQueryDto {
  @DateField({ optional: true, description: 'On or after' }) from?: string;
  @DateField({ optional: true, description: 'On or before' }) to?: string;
  @UuidField({ optional: true, description: 'Those visible to this unit (default: the caller\'s scope unit)' }) unitId?: string;
}

export class EpisodeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) channelId!: string;
  @ApiProperty() channelName!: string;
  @ApiProperty({ format: 'date' }) airedOn!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ type: String, isArray: true }) guests!: string[];
  @ApiProperty() canEdit!: boolean;
}

export class EpisodeListDto {
  @ApiProperty({ type: () => EpisodeDto, isArray: true }) items!: EpisodeDto[];
}

// ---- contests ------------------------------------------------------------------------------------------------------

export class CreateEntrantDto {
  @StringField({ max: 50 }) name!: string;
  @UuidField({ description: 'The unit the entrant stands for, in the caller\'s scope' }) unitId!: string;
  @StringField({ min: 0, max: 200, optional: true, description: 'The speech\'s title' }) topic?: string;
}

export class CreateContestDto {
  @EnumField(PUBLICITY_CONTEST_KINDS, { enumName: 'PublicityContestKind' }) kind!: PublicityContestKind;
  @StringField({ max: 200 }) title!: string;
  @DateField() heldOn!: string;
  @IntField({ min: 0, max: 100, description: 'How many 一等奖' }) firstPrizes!: number;
  @IntField({ min: 0, max: 100, description: 'How many 二等奖' }) secondPrizes!: number;
  @IntField({ min: 0, max: 100, description: 'How many 三等奖' }) thirdPrizes!: number;
  @ApiProperty({ type: String, isArray: true, description: 'Rounds in order (初赛, 决赛); prizes come from the last' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  rounds!: string[];
  @ApiProperty({ type: String, isArray: true, description: 'Judges (评委) by name' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MinLength(1, { each: true })
  @MaxLength(50, { each: true })
  judges!: string[];
  @ApiProperty({ type: () => CreateEntrantDto, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CreateEntrantDto)
  entrants!: CreateEntrantDto[];
}

export class ScoreInputDto {
  @UuidField() entrantId!: string;
  @UuidField() judgeId!: string;
  @ApiProperty({ type: 'integer', minimum: 0, maximum: 10000, description: 'The score in hundredths of a point (87.5 → 8750), 0 to 100 points' })
  @IsInt()
  @Min(0)
  @Max(10000)
  hundredths!: number;
}

export class EnterScoresDto {
  @ApiProperty({ type: () => ScoreInputDto, isArray: true, description: 'Scores to store (a score given again replaces the earlier one)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => ScoreInputDto)
  scores!: ScoreInputDto[];
}

export class ContestSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: PUBLICITY_CONTEST_KINDS, enumName: 'PublicityContestKind' }) kind!: PublicityContestKind;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'date' }) heldOn!: string;
  @ApiProperty({ type: 'integer' }) entrants!: number;
  @ApiProperty({ type: 'integer' }) units!: number;
  @ApiProperty({ type: 'integer' }) judges!: number;
}

export class ContestListDto {
  @ApiProperty({ type: () => ContestSummaryDto, isArray: true }) items!: ContestSummaryDto[];
}

export class ContestNamedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ContestEntrantDto extends ContestNamedDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() topic!: string;
}

export class ContestScoreDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ format: 'uuid' }) entrantId!: string;
  @ApiProperty({ format: 'uuid' }) judgeId!: string;
  @ApiProperty({ type: 'integer' }) hundredths!: number;
}

export class RankingRowDto {
  @ApiProperty({ format: 'uuid' }) entrantId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty() topic!: string;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Final score in hundredths; null until every judge has scored' }) final!: number | null;
  @ApiProperty({ type: 'number', nullable: true, description: 'Median of all scores in hundredths (first tie-break)' }) median!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Highest score in hundredths (second tie-break)' }) highest!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'Ties share a rank' }) rank!: number | null;
  @ApiProperty({ enum: PUBLICITY_PRIZES, enumName: 'PublicityPrize', nullable: true }) prize!: PublicityPrize | null;
}

export class RoundRankingDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty() roundName!: string;
  @ApiProperty({ type: () => RankingRowDto, isArray: true, description: 'Best first; unranked entrants last' }) rows!: RankingRowDto[];
}

export class ContestDto extends ContestSummaryDto {
  @ApiProperty({ type: 'integer' }) firstPrizes!: number;
  @ApiProperty({ type: 'integer' }) secondPrizes!: number;
  @ApiProperty({ type: 'integer' }) thirdPrizes!: number;
  @ApiProperty({ type: () => ContestNamedDto, isArray: true }) rounds!: ContestNamedDto[];
  @ApiProperty({ type: () => ContestNamedDto, isArray: true, description: 'Judges in order' }) judgeList!: ContestNamedDto[];
  @ApiProperty({ type: () => ContestEntrantDto, isArray: true }) entrantList!: ContestEntrantDto[];
  @ApiProperty({ type: () => ContestScoreDto, isArray: true }) scores!: ContestScoreDto[];
  @ApiProperty({ type: () => RoundRankingDto, isArray: true, description: 'The ranking of each round; prizes in the last' }) rankings!: RoundRankingDto[];
  @ApiProperty({ description: PUBLICITY_RANKING_RULE, example: PUBLICITY_RANKING_RULE }) rule!: string;
  @ApiProperty() canEdit!: boolean;
}

// ---- figures -------------------------------------------------------------------------------------------------------

export class PublicityFiguresQueryDto {
  @UuidField({ optional: true, description: 'Default: the caller\'s scope unit' }) unitId?: string;
  @DateField({ description: 'First day of the period' }) from!: string;
  @DateField({ description: 'Last day of the period (inclusive)' }) to!: string;
}

export class FigureCountDto {
  @ApiProperty({ description: 'An id or a code' }) key!: string;
  @ApiProperty() label!: string;
  @ApiProperty({ type: 'integer' }) count!: number;
  @ApiProperty({ description: 'The SPA list of the records counted' }) link!: string;
}

export class UnitItemsDto {
  @ApiProperty({ format: 'uuid' }) unitId!: string;
  @ApiProperty() unitName!: string;
  @ApiProperty({ type: 'integer', description: 'Items of the unit and the units below it' }) items!: number;
  @ApiProperty({ type: 'integer' }) childCount!: number;
  @ApiProperty() link!: string;
}

export class PublicityFiguresDto {
  @ApiProperty({ type: () => ContestNamedDto }) unit!: ContestNamedDto;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ type: () => FigureCountDto, isArray: true, description: 'Columns open on some day of the period' }) columns!: FigureCountDto[];
  @ApiProperty({ type: 'integer' }) items!: number;
  @ApiProperty() itemsLink!: string;
  @ApiProperty({ type: () => FigureCountDto, isArray: true }) itemsByChannel!: FigureCountDto[];
  @ApiProperty({ type: () => FigureCountDto, isArray: true }) itemsByColumn!: FigureCountDto[];
  @ApiProperty({ type: 'integer', description: 'Items the unit itself submitted (not a unit below it)' }) itemsOwn!: number;
  @ApiProperty({ type: () => UnitItemsDto, isArray: true, description: 'Items by child unit, most first' }) byUnit!: UnitItemsDto[];
  @ApiProperty({ type: () => UnitItemsDto, isArray: true, description: 'Child units that published nothing in the period' }) silentUnits!: UnitItemsDto[];
  @ApiProperty({ type: 'integer' }) episodes!: number;
  @ApiProperty() episodesLink!: string;
  @ApiProperty({ type: 'integer' }) contests!: number;
  @ApiProperty({ type: 'integer' }) contestEntrants!: number;
  @ApiProperty() contestsLink!: string;
  @ApiProperty() columnsLink!: string;
}
