import { Module } from '@nestjs/common';
import { DirectoryModule } from '../directory';
import { SearchController } from './search.controller';
import { SearchService } from './search.service';

@Module({
  imports: [DirectoryModule],
  controllers: [SearchController],
  providers: [SearchService],
})
export class SearchFeatureModule {}
