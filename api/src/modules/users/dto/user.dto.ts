import { ApiProperty, OmitType, PartialType, PickType } from '@nestjs/swagger';
import {
  EMAIL_RULE,
  MAX_EMAIL,
  MAX_LOGIN,
  MAX_PASSWORD,
  MAX_USER_NAME,
  MAX_USER_SCOPES,
  MIN_PASSWORD,
  ROLES,
  Role,
  USERNAME_PATTERN,
  USERNAME_RULE,
} from '@kompas/domain';
import { HasVisibleText, IsEmailOrEmpty } from '../../../common/validators';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'udvalg' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_LOGIN)
  username!: string;

  @ApiProperty({ example: 'kompas-demo' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD)
  password!: string;
}

/** A user as anyone signed in may see them: who they are, to choose them. */
export class PersonDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Mette Hansen' }) name!: string;
}

class UserFields {
  @ApiProperty({ example: 'Mette Hansen' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_USER_NAME)
  @HasVisibleText()
  name!: string;

  @ApiProperty({
    required: false,
    type: String,
    nullable: true,
    maxLength: MAX_EMAIL,
    example: 'mette@hedensted.dk',
    description: `Where reminders go: ${EMAIL_RULE}. Stored trimmed and in lower case; "" or null clears it. Not unique: two logins may share an address`,
  })
  @IsOptional()
  @IsString()
  // The length is checked with the rest of the address, once trimmed.
  @IsEmailOrEmpty()
  email?: string | null;

  @ApiProperty({ enum: ROLES, isArray: true, example: ['committeeMember'] })
  @IsArray()
  @ArrayMaxSize(ROLES.length)
  @IsIn(ROLES, { each: true })
  roles!: Role[];

  @ApiProperty({ required: false, type: [String], description: 'Committees a committee member sits on' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_USER_SCOPES)
  @IsUUID('all', { each: true })
  committeeIds?: string[];

  @ApiProperty({ required: false, type: [String], description: 'Units a manager leads' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_USER_SCOPES)
  @IsUUID('all', { each: true })
  unitIds?: string[];
}

export class CreateUserDto extends UserFields {
  @ApiProperty({ example: 'mette', description: `The login: ${USERNAME_RULE}`, pattern: USERNAME_PATTERN.source })
  @IsString()
  @Matches(USERNAME_PATTERN, { message: `username must be ${USERNAME_RULE}` })
  username!: string;

  @ApiProperty({ minLength: MIN_PASSWORD, example: 'et langt og godt kodeord' })
  @IsString()
  @MinLength(MIN_PASSWORD)
  @MaxLength(MAX_PASSWORD)
  password!: string;
}

/** Every field of a new user but the login (which never changes), each optional; plus deactivation. */
export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['username'] as const)) {
  @ApiProperty({
    required: false,
    description: 'false deactivates the user (never deleted: the trail keeps their name) and ends their sessions',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Where reminders go; null when none is known' }) email!: string | null;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) committeeIds!: string[];
  @ApiProperty({ type: [String] }) unitIds!: string[];
  @ApiProperty() active!: boolean;
  @ApiProperty({ description: 'A demo login, refused unless demo mode is on' }) demo!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

/** The signed-in user: who they are and what they may do, without the bookkeeping of the users list. */
export class MeDto extends PickType(UserDto, ['id', 'username', 'name', 'roles', 'committeeIds', 'unitIds', 'demo'] as const) {}
