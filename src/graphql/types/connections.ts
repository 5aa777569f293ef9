import { Article } from '../../entities/article.entity';
import { Location } from '../../entities/location.entity';
import { Organization } from '../../entities/organization.entity';
import { Person } from '../../entities/person.entity';
import { Quote } from '../../entities/quote.entity';
import { connectionType } from './connection.type';

/** The Relay connection types of the schema. */
export const QuoteConnection = connectionType('Quote', Quote);
export const ArticleConnection = connectionType('Article', Article);
export const PersonConnection = connectionType('Person', Person);
export const OrganizationConnection = connectionType('Organization', Organization);
export const LocationConnection = connectionType('Location', Location);
