import { Resolver } from 'type-graphql';
import { Organization } from '../../entities/organization.entity';
import { OrganizationConnection } from '../types/connections';
import { createSpeakerResolver } from './entity.resolver';

/** `organizations` and the fields of Organization. */
@Resolver(() => Organization)
export class OrganizationResolver extends createSpeakerResolver({
  entityClass: Organization,
  connection: OrganizationConnection,
  listName: 'organizations',
  plural: 'Organizations',
}) {}
